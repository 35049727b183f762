stub: upstream file of 2942 bytes
