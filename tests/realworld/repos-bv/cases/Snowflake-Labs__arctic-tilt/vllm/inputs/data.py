stub: upstream file of 14014 bytes
