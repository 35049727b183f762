stub: upstream file of 4540 bytes
