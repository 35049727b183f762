stub: upstream file of 789 bytes
