stub: upstream file of 39484 bytes
