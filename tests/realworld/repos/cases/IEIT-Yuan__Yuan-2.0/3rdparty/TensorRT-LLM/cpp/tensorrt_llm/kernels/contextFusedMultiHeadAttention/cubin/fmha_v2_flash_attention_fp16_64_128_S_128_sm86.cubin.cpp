stub: upstream file of 789348 bytes
