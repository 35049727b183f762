stub: upstream file of 40684 bytes
