stub: upstream file of 31709 bytes
