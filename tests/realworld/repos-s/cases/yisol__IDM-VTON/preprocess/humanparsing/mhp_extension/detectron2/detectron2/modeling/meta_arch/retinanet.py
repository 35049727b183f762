stub: upstream file of 21575 bytes
