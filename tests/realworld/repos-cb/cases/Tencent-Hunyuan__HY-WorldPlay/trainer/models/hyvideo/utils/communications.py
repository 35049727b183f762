stub: upstream file of 10553 bytes
