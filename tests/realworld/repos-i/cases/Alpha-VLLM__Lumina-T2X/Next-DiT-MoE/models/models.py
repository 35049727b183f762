stub: upstream file of 39020 bytes
