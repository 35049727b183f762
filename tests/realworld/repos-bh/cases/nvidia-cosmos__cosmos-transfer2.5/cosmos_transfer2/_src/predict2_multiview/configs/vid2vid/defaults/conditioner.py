stub: upstream file of 26469 bytes
