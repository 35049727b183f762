stub: upstream file of 81807 bytes
