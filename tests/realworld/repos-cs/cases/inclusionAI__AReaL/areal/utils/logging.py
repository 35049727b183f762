stub: upstream file of 18683 bytes
