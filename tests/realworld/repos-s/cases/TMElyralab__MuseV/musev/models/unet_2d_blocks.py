stub: upstream file of 59696 bytes
