stub: upstream file of 19149 bytes
