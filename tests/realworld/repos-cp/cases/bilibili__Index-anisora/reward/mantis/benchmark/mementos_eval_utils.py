stub: upstream file of 15501 bytes
