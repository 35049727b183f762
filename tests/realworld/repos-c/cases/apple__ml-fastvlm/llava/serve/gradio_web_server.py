stub: upstream file of 18943 bytes
