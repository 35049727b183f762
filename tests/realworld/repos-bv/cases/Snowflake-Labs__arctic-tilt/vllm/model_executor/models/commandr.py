stub: upstream file of 19221 bytes
