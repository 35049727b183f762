stub: upstream file of 7540 bytes
