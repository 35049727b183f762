stub: upstream file of 15727 bytes
