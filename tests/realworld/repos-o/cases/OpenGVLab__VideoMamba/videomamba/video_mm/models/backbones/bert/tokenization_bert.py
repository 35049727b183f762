stub: upstream file of 25195 bytes
