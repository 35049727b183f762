stub: upstream file of 13065 bytes
