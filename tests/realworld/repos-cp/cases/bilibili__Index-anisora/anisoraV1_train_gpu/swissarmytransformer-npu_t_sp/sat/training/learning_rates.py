stub: upstream file of 3746 bytes
