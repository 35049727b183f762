stub: upstream file of 36584 bytes
