stub: upstream file of 66181 bytes
