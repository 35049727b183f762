stub: upstream file of 13447 bytes
