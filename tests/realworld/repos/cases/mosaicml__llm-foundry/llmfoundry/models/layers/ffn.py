stub: upstream file of 17661 bytes
