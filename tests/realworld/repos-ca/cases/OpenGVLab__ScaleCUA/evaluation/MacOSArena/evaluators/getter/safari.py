stub: upstream file of 9814 bytes
