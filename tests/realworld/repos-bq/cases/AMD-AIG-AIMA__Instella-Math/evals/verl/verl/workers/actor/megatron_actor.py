stub: upstream file of 18814 bytes
