stub: upstream file of 19672 bytes
