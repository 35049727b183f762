stub: upstream file of 40244 bytes
