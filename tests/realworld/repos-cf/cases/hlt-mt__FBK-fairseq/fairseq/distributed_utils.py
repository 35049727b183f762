stub: upstream file of 28620 bytes
