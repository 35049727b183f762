stub: upstream file of 34038 bytes
