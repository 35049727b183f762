stub: upstream file of 978 bytes
