stub: upstream file of 19226 bytes
