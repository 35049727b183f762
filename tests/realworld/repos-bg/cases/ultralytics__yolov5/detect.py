stub: upstream file of 23606 bytes
