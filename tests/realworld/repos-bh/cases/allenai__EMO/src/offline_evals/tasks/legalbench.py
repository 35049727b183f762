stub: upstream file of 14417 bytes
