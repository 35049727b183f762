stub: upstream file of 21653 bytes
