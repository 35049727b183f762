stub: upstream file of 17195 bytes
