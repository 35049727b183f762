stub: upstream file of 78801 bytes
