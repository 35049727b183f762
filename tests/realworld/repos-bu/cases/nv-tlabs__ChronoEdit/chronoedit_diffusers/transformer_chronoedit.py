stub: upstream file of 19847 bytes
