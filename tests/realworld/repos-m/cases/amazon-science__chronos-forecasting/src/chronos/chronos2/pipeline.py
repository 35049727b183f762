stub: upstream file of 56788 bytes
