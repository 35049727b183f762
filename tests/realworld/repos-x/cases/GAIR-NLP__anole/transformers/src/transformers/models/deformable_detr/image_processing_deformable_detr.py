stub: upstream file of 73187 bytes
