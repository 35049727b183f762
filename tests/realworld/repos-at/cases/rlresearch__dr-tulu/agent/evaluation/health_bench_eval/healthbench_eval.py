stub: upstream file of 33139 bytes
