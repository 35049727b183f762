stub: upstream file of 24754 bytes
