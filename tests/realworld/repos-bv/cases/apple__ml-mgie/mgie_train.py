stub: upstream file of 33129 bytes
