stub: upstream file of 3825 bytes
