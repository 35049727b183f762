stub: upstream file of 2708 bytes
