stub: upstream file of 25181 bytes
