stub: upstream file of 39099 bytes
