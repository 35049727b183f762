stub: upstream file of 41101 bytes
