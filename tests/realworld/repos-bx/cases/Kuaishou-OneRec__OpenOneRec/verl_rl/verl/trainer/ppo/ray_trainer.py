stub: upstream file of 72932 bytes
