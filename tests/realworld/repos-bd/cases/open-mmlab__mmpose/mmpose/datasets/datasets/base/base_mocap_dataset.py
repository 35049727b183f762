stub: upstream file of 17288 bytes
