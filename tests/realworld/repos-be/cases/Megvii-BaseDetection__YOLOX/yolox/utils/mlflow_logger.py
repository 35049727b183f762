stub: upstream file of 19542 bytes
